<?php

namespace App\Geo;

final class GeoIpTable
{
    private static array $byFirstOctet = [];

    public static function register(int $octet, string $country, string $currency): void
    {
        self::$byFirstOctet[$octet] = ['country' => $country, 'currency' => $currency, 'note' => str_repeat("{$country} block ", 20)];
    }

    public static function lookup(string $ip): array
    {
        return self::$byFirstOctet[(int) strtok($ip, '.')] ?? ['country' => 'ZZ', 'currency' => 'USD', 'note' => ''];
    }
}
