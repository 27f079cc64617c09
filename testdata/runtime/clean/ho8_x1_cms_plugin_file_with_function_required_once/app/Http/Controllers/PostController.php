<?php

namespace App\Http\Controllers;

use App\Cms\PluginManager;
use App\Cms\Site;
use Illuminate\Http\Request;

class PostController
{
    public function __construct(private PluginManager $plugins) {}

    public function show(Request $request, string $slug): string
    {
        $site = new Site($request->input('host'), ucfirst($request->input('host')), ['reading-time'], $request->input('settings'));
        $this->plugins->loadFor($site);
        $body = '<article><h1>' . str_replace('-', ' ', $slug) . '</h1>' . str_repeat('<p>Octane keeps the app in memory.</p>', 8) . '</article>';

        return $this->plugins->filter($site, 'post.content', $body);
    }
}
