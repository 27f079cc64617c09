<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Str;

final class DocsController
{
    public function show(Request $request): string
    {
        $url = $request->attributes['tenant_macro'];
        $slug = Str::slug(basename($request->path));
        return sprintf('<a rel="canonical" href="%s">%s</a>', Str::$url("docs/{$slug}"), $slug);
    }
}
