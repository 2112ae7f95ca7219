"""Kernel-enforced confinement of the process that evaluates SPARQL.

A pre-check can only guess what the executor will do; the two grammars have disagreed before
(an escape read one way by the checker and another by Oxigraph carried a SERVICE past it). So
the process that runs a query is confined by the kernel before it reads any query text, and a
query that slips past a check still cannot reach anything:

- network (seccomp-BPF): `socket()` fails for every address family but AF_UNIX, and io_uring,
  which can open sockets without the `socket` system call, is refused. pyoxigraph reaches the
  network only through HTTP (`SERVICE <http://…>`, `LOAD <http://…>`); it has no `file:`
  SERVICE. So this layer is the one that must never be missing: when it cannot be installed
  `confine` raises `SandboxUnavailable` (fail closed).
- files (Landlock, when the kernel has it): read-only access beneath the given folders (the
  store, the Python installation for late imports), nothing else; no file anywhere can be
  written, created or removed. Where Landlock is missing the other layers still apply, and
  `status()` says so rather than claiming protection it does not have. From Landlock ABI 4 on,
  TCP connect and bind are refused a second time, and from ABI 6 on, abstract UNIX sockets and
  signals outside the process are out of reach.
- memory (RLIMIT_AS): a ceiling on the address space, so a runaway query fails its
  allocations instead of taking the machine's memory.

Both layers need no privilege: `PR_SET_NO_NEW_PRIVS` lets any user install them, they last for
the life of the process and cannot be lifted. Confine a process only after it opened the store
and imported everything the query path needs; a notebook or a server must never confine itself
(see `graph.serve.workers`, whose worker processes do it).
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import resource
import struct
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from graph.errors import SandboxUnavailable


@dataclass(frozen=True)
class SandboxStatus:
    """Which layers confine this process."""

    network: bool = False  # seccomp: no socket but AF_UNIX, no io_uring
    landlock_abi: int = 0  # 0: the kernel has no Landlock
    files: bool = False  # Landlock: read-only beneath the readable folders
    memory_bytes: int | None = None  # RLIMIT_AS, None: no ceiling

    def __str__(self) -> str:
        files = (f"read-only beneath the store (Landlock ABI {self.landlock_abi})" if self.files
                 else "not confined (no Landlock in this kernel)")
        memory = f"{self.memory_bytes // 2**20} MB" if self.memory_bytes else "no ceiling"
        network = "no sockets but AF_UNIX (seccomp)" if self.network else "not confined"
        return f"network: {network}; files: {files}; memory: {memory}"


_status = SandboxStatus()


def status() -> SandboxStatus:
    return _status


# ---------------------------------------------------------------- seccomp

_PR_SET_NO_NEW_PRIVS = 38
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_LD_ABS_W = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_RET = 0x06  # BPF_RET | BPF_K
_X32_BIT = 0x40000000
_AF_UNIX = 1

# machine -> (audit arch, socket, seccomp) system call numbers.
_ARCHES = {"x86_64": (0xC000003E, 41, 317), "aarch64": (0xC00000B7, 198, 277)}
_IO_URING = (425, 426, 427)  # setup, enter, register: the same on every architecture
_SECCOMP_SET_MODE_FILTER = 1
_SECCOMP_FILTER_FLAG_TSYNC = 1
_LANDLOCK_CREATE_RULESET, _LANDLOCK_ADD_RULE, _LANDLOCK_RESTRICT_SELF = 444, 445, 446


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _network_filter(machine: str) -> bytes:
    """The BPF program: a foreign architecture or ABI gets EPERM for everything (an x86_64
    kernel also takes i386 and x32 system calls, numbered differently); socket() gets EACCES
    unless its family is AF_UNIX; io_uring gets EPERM; everything else is allowed."""
    arch, sys_socket, _ = _ARCHES[machine]
    # (code, k, label if true, label if false); None goes on to the next instruction.
    program = [
        (_LD_ABS_W, 4, None, None),  # seccomp_data.arch
        (_JEQ, arch, None, "deny"),
        (_LD_ABS_W, 0, None, None),  # seccomp_data.nr
        (_JGE, _X32_BIT, "deny", None),
        (_JEQ, sys_socket, "socket", None),
        *((_JEQ, number, "deny", None) for number in _IO_URING),
        (_RET, _RET_ALLOW, None, None),
        ("deny", _RET, _RET_ERRNO | errno.EPERM),
        ("socket", _LD_ABS_W, 16),  # seccomp_data.args[0], low 32 bits
        (_JEQ, _AF_UNIX, "allow", None),
        (_RET, _RET_ERRNO | errno.EACCES, None, None),
        ("allow", _RET, _RET_ALLOW),
    ]
    labels = {item[0]: index for index, item in enumerate(program) if isinstance(item[0], str)}
    code = b""
    for index, item in enumerate(program):
        op, k, yes, no = (*item[1:], None, None) if isinstance(item[0], str) else item
        jump = [labels[target] - index - 1 if target else 0 for target in (yes, no)]
        code += struct.pack("HBBI", op, *jump, k)
    return code


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _install_network_filter() -> None:
    machine = platform.machine()
    if machine not in _ARCHES:
        raise SandboxUnavailable(f"no network confinement for the {machine} architecture; "
                                 "queries run only where seccomp confines them")
    code = _network_filter(machine)
    buffer = ctypes.create_string_buffer(code, len(code))
    program = _SockFprog(len(code) // 8, ctypes.addressof(buffer))
    libc = _libc()
    # TSYNC: every thread of the process gets the filter, not only the calling one.
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 or libc.syscall(
        _ARCHES[machine][2], _SECCOMP_SET_MODE_FILTER, _SECCOMP_FILTER_FLAG_TSYNC,
        ctypes.byref(program)
    ) != 0:
        raise SandboxUnavailable(
            "the kernel refused the seccomp filter that keeps queries off the network "
            f"({os.strerror(ctypes.get_errno())}); queries are not run without it"
        )


# ---------------------------------------------------------------- Landlock

_READ_FILE, _READ_DIR = 1 << 2, 1 << 3
_WRITE_FILE = 1 << 1
# Every filesystem right each ABI knows: handled rights are denied unless a rule grants them.
_FS_RIGHTS = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 5: (1 << 16) - 1}
_NET_TCP = 0b11  # bind and connect
_SCOPES = 0b11  # abstract UNIX sockets and signals outside the domain


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def landlock_abi() -> int:
    """The kernel's Landlock ABI version; 0 when it has none (or it is disabled)."""
    version = _libc().syscall(_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0),
                              ctypes.c_uint32(1))  # LANDLOCK_CREATE_RULESET_VERSION
    return max(version, 0)


def _restrict_files(abi: int, readable, writable_files) -> None:
    fs_rights = _FS_RIGHTS[max(v for v in _FS_RIGHTS if v <= abi)]
    fields = [fs_rights] + ([_NET_TCP] if abi >= 4 else []) + ([_SCOPES] if abi >= 6 else [])
    attr = struct.pack(f"{len(fields)}Q", *fields)
    libc = _libc()
    ruleset = libc.syscall(_LANDLOCK_CREATE_RULESET, attr, ctypes.c_size_t(len(attr)),
                           ctypes.c_uint32(0))
    if ruleset < 0:
        raise OSError(ctypes.get_errno(), "landlock_create_ruleset")
    try:
        rules = [(path, _READ_FILE | _READ_DIR) for path in readable]
        rules += [(path, _READ_FILE | _WRITE_FILE) for path in writable_files]
        for path, access in rules:
            if not os.path.exists(path):
                continue
            if not os.path.isdir(path):
                access &= _READ_FILE | _WRITE_FILE
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            try:
                rule = _PathBeneath(access, fd)
                if libc.syscall(_LANDLOCK_ADD_RULE, ruleset, 1, ctypes.byref(rule), 0) != 0:
                    raise OSError(ctypes.get_errno(), f"landlock_add_rule {path}")
            finally:
                os.close(fd)
        if libc.syscall(_LANDLOCK_RESTRICT_SELF, ruleset, 0) != 0:
            raise OSError(ctypes.get_errno(), "landlock_restrict_self")
    finally:
        os.close(ruleset)


# ---------------------------------------------------------------- the whole


def python_paths() -> list[str]:
    """Where this Python finds its modules, for imports the query path makes late."""
    paths = {sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    paths |= {p for p in sys.path if p and os.path.isdir(p)}
    paths.add(str(Path(__file__).resolve().parent))
    return sorted(paths)


def confine(readable=(), memory_bytes: int | None = None) -> SandboxStatus:
    """Confine this process for good: no network, files read-only beneath `readable` (plus the
    Python installation), at most `memory_bytes` of address space. Raises SandboxUnavailable
    when the network layer cannot be installed; the other layers apply where the kernel has
    them, and `status()` tells which do."""
    global _status
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    abi = landlock_abi()
    files = False
    if abi:
        # No new privileges first: Landlock needs it, and the seccomp filter sets it anyway.
        _libc().prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
        try:
            _restrict_files(abi, [*map(str, readable), *python_paths()], ["/dev/null"])
            files = True
        except OSError:
            files = False
    _install_network_filter()
    _status = SandboxStatus(True, abi, files, memory_bytes or None)
    return _status
