<?php

namespace App\Notam;

/**
 * ICAO NOTAM format: "A1234/24 NOTAMN" header, then Q) A) B) C) E) items.
 */
final class NotamParser
{
    public function parse(string $raw): Notam
    {
        $lines = preg_split('/\R/', trim($raw));
        $header = preg_split('/\s+/', array_shift($lines));
        $items = [];
        foreach ($lines as $line) {
            if (preg_match('/^([QABCE])\)\s*(.*)$/', $line, $m)) {
                $items[$m[1]] = $m[2];
            }
        }
        $q = explode('/', $items['Q'] ?? '');

        return new Notam(
            id: $header[0],
            type: $header[1],
            replaces: $header[2] ?? null,
            fir: $q[0] ?? '',
            qCode: $q[1] ?? '',
            location: $items['A'] ?? '',
            validFrom: $items['B'] ?? '',
            validTo: $items['C'] ?? 'PERM',
            text: $items['E'] ?? '',
            raw: $raw,
        );
    }
}
