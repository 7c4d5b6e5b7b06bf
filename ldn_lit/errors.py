"""The one base class for failures a user can cause or fix, and the one exit-code rule.

Every command exits with:
  0    done;
  1    what you gave is not understood or not found: an input file, identifier, date, format or
       search query ldn-lit cannot read, a record that is not there, no database where a read
       command looks;
  2    the command could not run as called or set up: a usage error (unknown command or option,
       missing argument, a value the option's type rejects), queries.toml or a claims file invalid,
       an unknown condition id, E-utilities / ClinicalTrials.gov unreachable or failing, the
       database unreadable, not ldn-lit's, read-only for a write command or busy with another
       process's write, the disk full;
  3    `check`: the reference matches several records that its details cannot tell apart (they are
       listed, best first, with why);
  130  interrupted (Ctrl-C).
The CLI prints an LdnLitError as one line and exits with its exit_code.
"""

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_SETUP = 2
EXIT_USAGE = 2  # click's own code for usage errors, kept: same class as a broken setup
EXIT_AMBIGUOUS = 3
EXIT_INTERRUPTED = 130


class LdnLitError(Exception):
    exit_code = EXIT_INPUT


class NoEvidenceBase(LdnLitError):
    """No verdict on an empty database, or one whose searches never stored anything: 'no evidence' would
    be a verdict on nothing."""

    exit_code = 1


class EntrezError(LdnLitError):
    """E-utilities failed (network, rate limit, an error reply); the message is for the user."""

    exit_code = EXIT_SETUP
