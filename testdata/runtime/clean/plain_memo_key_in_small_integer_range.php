<?php
// Media frames carry a 15-bit language code; names are memoized per code, and
// only codes checked to lie in the packed range are stored.

final class MediaLanguage
{
    public static function name(int $languageId): string
    {
        static $names = [];
        if (($languageId > 138) && ($languageId < 32767)) {
            if (!isset($names[$languageId])) {
                $iso = chr((($languageId & 0x7C00) >> 10) + 0x60) . chr((($languageId & 0x03E0) >> 5) + 0x60) . chr(($languageId & 0x001F) + 0x60);
                $names[$languageId] = str_repeat(strtoupper($iso) . ' ', 40);
            }
        }
        return $names[$languageId] ?? 'invalid';
    }
}

function handle_frame(string $frame): int
{
    return strlen(MediaLanguage::name(unpack('n', $frame)[1]));
}

$codes = [0x1485, 0x15C5, 0x2A8E, 0x1A27];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_frame(pack('n', $codes[$i % 4]) . str_repeat("payload {$i} ", 50));
}
