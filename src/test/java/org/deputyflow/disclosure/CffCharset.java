package org.deputyflow.disclosure;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/** Reads the charset of a CID-keyed OpenType CFF font: the CID of each glyph id. */
final class CffCharset {

    private static final int CHARSET = 15;
    private static final int CHAR_STRINGS = 17;
    private static final int ROS = 1230;

    private CffCharset() {}

    static int[] cidsByGlyph(byte[] otf) {
        ByteBuffer font = ByteBuffer.wrap(otf);
        int cff = cffTable(font);
        int hdrSize = u8(font, cff + 2);
        int topDictIndex = skipIndex(font, cff + hdrSize);
        Map<Integer, Integer> top = topDict(font, topDictIndex);
        if (!top.containsKey(ROS)) {
            throw new IllegalStateException("not a CID-keyed CFF font");
        }
        int glyphs = u16(font, cff + top.get(CHAR_STRINGS));
        int[] cids = new int[glyphs];
        int at = cff + top.get(CHARSET);
        int format = u8(font, at++);
        int glyph = 1;
        while (glyph < glyphs) {
            if (format == 0) {
                cids[glyph++] = u16(font, at);
                at += 2;
                continue;
            }
            int first = u16(font, at);
            int left = format == 1 ? u8(font, at + 2) : u16(font, at + 2);
            at += format == 1 ? 3 : 4;
            for (int i = 0; i <= left && glyph < glyphs; i++) {
                cids[glyph++] = first + i;
            }
        }
        return cids;
    }

    private static int cffTable(ByteBuffer font) {
        int tables = u16(font, 4);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font.getInt(record) == 0x43464620) { // "CFF "
                return font.getInt(record + 8);
            }
        }
        throw new IllegalStateException("no CFF table");
    }

    /** @return where the INDEX after the one at {@code at} begins */
    private static int skipIndex(ByteBuffer font, int at) {
        int count = u16(font, at);
        if (count == 0) {
            return at + 2;
        }
        int offSize = u8(font, at + 2);
        int offsets = at + 3;
        return offsets + (count + 1) * offSize - 1 + offset(font, offsets + count * offSize, offSize);
    }

    private static Map<Integer, Integer> topDict(ByteBuffer font, int index) {
        int offSize = u8(font, index + 2);
        int offsets = index + 3;
        int data = offsets + 3 * offSize - 1;
        int start = data + offset(font, offsets, offSize);
        int end = data + offset(font, offsets + offSize, offSize);
        Map<Integer, Integer> dict = new HashMap<>();
        int operand = 0;
        for (int at = start; at < end; ) {
            int b0 = u8(font, at++);
            if (b0 == 12) {
                dict.put(1200 + u8(font, at++), operand);
            } else if (b0 <= 21) {
                dict.put(b0, operand);
            } else if (b0 == 28) {
                operand = font.getShort(at);
                at += 2;
            } else if (b0 == 29) {
                operand = font.getInt(at);
                at += 4;
            } else if (b0 == 30) {
                while ((u8(font, at) & 0x0f) != 0x0f && (u8(font, at) & 0xf0) != 0xf0) {
                    at++;
                }
                at++;
            } else if (b0 <= 246) {
                operand = b0 - 139;
            } else if (b0 <= 250) {
                operand = (b0 - 247) * 256 + u8(font, at++) + 108;
            } else {
                operand = -(b0 - 251) * 256 - u8(font, at++) - 108;
            }
        }
        return dict;
    }

    private static int offset(ByteBuffer font, int at, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value = value << 8 | u8(font, at + i);
        }
        return value;
    }

    private static int u8(ByteBuffer font, int at) {
        return font.get(at) & 0xff;
    }

    private static int u16(ByteBuffer font, int at) {
        return font.getShort(at) & 0xffff;
    }
}
