"""Scanner output for the scan tests: a two-page image-only PDF as scanners write it
(Pillow's PDF: one JPEG per page), a JPEG and a PNG page, each with a mark to find."""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw


def page(mark: int, size=(1240, 1754)) -> Image.Image:
    """An A4 page at 150 dpi with `mark` filled boxes (a signature and fingerprints)."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for n in range(mark):
        draw.rectangle((100 + 150 * n, 1400, 200 + 150 * n, 1500), fill="red")
    draw.rectangle((80, 80, size[0] - 80, size[1] - 80), outline="black", width=6)
    return image


def write_scans(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pdf, jpeg, png = folder / "协议第1-2页.pdf", folder / "协议第3页.jpg", folder / "协议第4页.png"
    page(1).save(pdf, "PDF", resolution=150, save_all=True, append_images=[page(2)])
    page(3).save(jpeg, "JPEG", quality=85)
    page(4, size=(1754, 1240)).save(png, "PNG")  # scanned landscape: placed, not cropped
    return [pdf, jpeg, png]


def pdf_bytes_of_pages(count: int) -> bytes:
    buffer = io.BytesIO()
    page(1).save(buffer, "PDF", save_all=True, append_images=[page(1)] * (count - 1))
    return buffer.getvalue()
