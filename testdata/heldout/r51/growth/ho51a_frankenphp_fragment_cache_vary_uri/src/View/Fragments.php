<?php

namespace App\View;

use App\Http\Request;
use App\Routing\Route;
use App\Support\App;

trait Fragments
{
    protected function fragment(string $name, Request $request, Route $route, \Closure $render): string
    {
        $options = App::config("cache.fragments.{$name}", ['vary_by' => 'none', 'ttl' => 60]);
        $key = FragmentKey::for($name, $options['vary_by'], $request, $route);

        return App::cache()->remember($key, $options['ttl'], $render);
    }
}
