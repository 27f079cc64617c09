<?php

namespace App\Support;

use Illuminate\Http\Request;

final class CacheKeys
{
    private const PREFIX = 'mkt';

    /**
     * Cache key for a public market-data response: path plus the query
     * string in canonical order, so ?a=1&b=2 and ?b=2&a=1 share an entry.
     */
    public static function forRequest(Request $request): string
    {
        $query = $request->query();
        ksort($query);

        return sprintf('%s:%s:%s', self::PREFIX, trim($request->path(), '/'), sha1(http_build_query($query)));
    }

    public static function ticker(string $symbol): string
    {
        return self::PREFIX . ':ticker:' . $symbol;
    }
}
