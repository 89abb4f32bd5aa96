"""Writes test pictures with Pillow and reports each one's size as Pillow reads it back.

    make_images.py FOLDER NAME:WIDTHxHEIGHT[:OPTION]...

NAME's extension gives the format (png, jpg, webp). OPTION: progressive (JPEG), exif (JPEG
with an EXIF block and a thumbnail before the frame), lossless (WebP), alpha (a WebP with
transparency, which Pillow writes in the extended VP8X form). Prints a JSON object: each
name's [width, height] from Image.open(...).size.
"""

import io
import json
import os
import sys

from PIL import Image


def picture(width, height, mode="RGB"):
    image = Image.new(mode, (width, height), (29, 79, 145) if mode == "RGB" else (29, 79, 145, 128))
    for x in range(0, width, 7):
        image.putpixel((x, x * height // max(width, 1)), (255, 255, 255) if mode == "RGB" else (255, 255, 255, 255))
    return image


def main():
    folder = sys.argv[1]
    sizes = {}
    for spec in sys.argv[2:]:
        name, dimensions, *options = spec.split(":")
        width, height = (int(part) for part in dimensions.split("x"))
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        extension = name.rsplit(".", 1)[1].lower()
        if extension == "png":
            picture(width, height).save(path, "PNG")
        elif extension in ("jpg", "jpeg"):
            arguments = {"progressive": "progressive" in options, "quality": 80}
            if "exif" in options:
                exif = Image.Exif()
                exif[0x010F] = "hubsite test camera"
                exif[0x0110] = "x" * 2000
                arguments["exif"] = exif.tobytes()
            picture(width, height).save(path, "JPEG", **arguments)
        elif extension == "webp":
            mode = "RGBA" if "alpha" in options else "RGB"
            picture(width, height, mode).save(path, "WEBP", lossless="lossless" in options)
        with Image.open(path) as image:
            sizes[name] = list(image.size)
    json.dump(sizes, sys.stdout)


if __name__ == "__main__":
    main()
