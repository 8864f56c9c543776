from isg_tiny import GREETING


def main() -> None:
    print(GREETING)
