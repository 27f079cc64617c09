<?php
// A geocoder caches lookups in a static array and drops the oldest entry past 100 entries.

final class Geocoder
{
    private static array $cache = [];

    public static function lookup(string $address): array
    {
        if (isset(self::$cache[$address])) {
            return self::$cache[$address];
        }
        $result = ['lat' => crc32($address) % 90, 'lng' => crc32(strrev($address)) % 180, 'raw' => str_repeat('{}', 100)];
        self::$cache[$address] = $result;
        if (count(self::$cache) > 100) {
            array_shift(self::$cache);
        }
        return $result;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    Geocoder::lookup("{$i} Main Street, Springfield");
}
