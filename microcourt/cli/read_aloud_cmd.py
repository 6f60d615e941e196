"""`microcourt-cli read-aloud (--text TEXT | --agreement CASE_NUMBER) --out FILE.wav
[--slow]`: what the offline voice says, as a WAV file to check or play elsewhere
(DESIGN.md section 4). --text needs no data directory; --agreement reads the case's
current agreement as printed and is audited like a printout."""
from __future__ import annotations

from pathlib import Path

from microcourt.cli.commands import add_command
from microcourt.errors import UserError
from microcourt.speech.engine import Speed


def register(sub) -> None:
    parser = add_command(sub, "read-aloud")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--text", help="要朗读的文字")
    what.add_argument("--agreement", metavar="CASE_NUMBER",
                      help="朗读这个案件当前的调解协议书，如 上田微调〔2026〕第3号")
    parser.add_argument("--out", required=True, help="输出的 WAV 文件")
    parser.add_argument("--slow", action="store_true", help="慢一点（适合老年人）")
    parser.set_defaults(handler=read_aloud, without_services=lambda args: bool(args.text))


def read_aloud(args, services) -> int:
    speed = Speed.SLOW if args.slow else Speed.NORMAL
    out = Path(args.out)
    if args.text is not None:
        seconds = _write_text(args.text, out, speed)
    else:
        from microcourt.services.readings.dto import ReadDocument  # noqa: PLC0415

        case_id = services.agreements.case_id_for_number(args.agreement)
        detail = services.agreements.current(case_id)
        if detail is None:
            raise UserError(f"案件{args.agreement.strip()}还没有调解协议。")
        seconds = services.readings.write_wav(ReadDocument.AGREEMENT, case_id, detail.id,
                                              out, speed)
    minutes, rest = divmod(round(seconds), 60)
    print(f"已写入朗读声音：{out}（{f'{minutes}分' if minutes else ''}{rest}秒）")
    return 0


def _write_text(text: str, out: Path, speed: Speed) -> float:
    from microcourt.speech.offline import OfflineEngine  # noqa: PLC0415
    from microcourt.speech.script import Script  # noqa: PLC0415
    from microcourt.speech.wav import write_wav  # noqa: PLC0415

    script = Script.from_text(text)
    if not script.passages:
        raise UserError("请给出要朗读的文字。")
    return write_wav(OfflineEngine(), script, out, speed)
