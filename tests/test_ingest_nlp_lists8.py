

@pytest.mark.parametrize("sentence, party, names", [
    ("La Libertad Avanza confía en que el gesto beneficie a sus candidatos, entre ellos la "
     "exministra Patricia Bullrich, que encabeza la lista al Senado.", "La Libertad Avanza",
     ["Patricia Bullrich"]),
    ("Vox presentó ayer a los candidatos de Vox, entre ellos Tomás Rivera Luna y Elena "
     "Sotomayor Pardo.", "Vox", ["Tomás Rivera Luna", "Elena Sotomayor Pardo"]),
    ("Los candidatos del PP, como Tomás Rivera Luna, Elena Sotomayor Pardo y Julián Ferrer "
     "Quintana, criticaron la reforma.", "PP",
     ["Tomás Rivera Luna", "Elena Sotomayor Pardo", "Julián Ferrer Quintana"]),
])
def test_persons_named_as_some_of_a_partys_candidates_stand_for_it(read, sentence, party,
                                                                    names):
    found = read(sentence)
    for name in names:
        assert (name, "represents", party) in found


@pytest.mark.parametrize("sentence", [
    "El PP confía en que la reforma perjudique a sus candidatos rivales, entre ellos Tomás "
    "Rivera Luna.",
    "Vox criticó a sus rivales, entre ellos Tomás Rivera Luna.",
])
def test_rivals_named_among_candidates_stand_for_no_party_of_the_sentence(read, sentence):
    assert not {f for f in read(sentence) if f[1] == "represents"}
