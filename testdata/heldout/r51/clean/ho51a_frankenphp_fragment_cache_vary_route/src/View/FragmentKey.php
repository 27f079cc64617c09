<?php

namespace App\View;

use App\Http\Request;
use App\Routing\Route;

final class FragmentKey
{
    public static function for(string $fragment, string $varyBy, Request $request, Route $route): string
    {
        return match ($varyBy) {
            'none' => $fragment,
            'route' => "{$fragment}:{$route->name}",
            'uri' => "{$fragment}:{$request->uri}",
            default => throw new \InvalidArgumentException("Unknown vary_by '{$varyBy}' for fragment {$fragment}"),
        };
    }
}
