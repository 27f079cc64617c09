<?php

namespace Illuminate\Support;

// Stand-in for Laravel's string helpers.
class Str
{
    public static function uuid(): string
    {
        $b = random_bytes(16);

        return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($b), 4));
    }
}
