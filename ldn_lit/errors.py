"""The one base class for failures a user can cause or fix: the CLI prints these as one line.

exit_code follows `ldn-lit check`'s contract: 1 = input not understood, 2 = network/config/database.
"""


class LdnLitError(Exception):
    exit_code = 1
