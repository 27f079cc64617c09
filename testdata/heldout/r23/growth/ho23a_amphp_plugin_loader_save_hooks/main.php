<?php

declare(strict_types=1);

require __DIR__ . '/vendor/amphp/http-server.php';
require __DIR__ . '/vendor/eventkit/EventDispatcher.php';
require __DIR__ . '/src/Events.php';
require __DIR__ . '/src/Plugins/Plugin.php';
require __DIR__ . '/src/Plugins/SeoMetaPlugin.php';
require __DIR__ . '/src/Plugins/SitemapPingPlugin.php';
require __DIR__ . '/src/PluginLoader.php';
require __DIR__ . '/src/Http/SavePostHandler.php';

use Amp\Http\Server\SocketHttpServer;
use App\Events;
use App\Http\SavePostHandler;
use App\PluginLoader;
use App\Plugins\SeoMetaPlugin;
use App\Plugins\SitemapPingPlugin;
use App\Plugins\SiteSettings;
use EventKit\EventDispatcher;

Events::setDispatcher(new EventDispatcher());

$settings = new SiteSettings([
    1 => ['title_separator' => '|', 'sitemap_ping' => true],
    2 => ['title_separator' => '-'],
    3 => ['title_separator' => '::', 'sitemap_ping' => true],
]);
$loader = new PluginLoader([
    1 => [SeoMetaPlugin::class, SitemapPingPlugin::class],
    2 => [SeoMetaPlugin::class],
    3 => [SeoMetaPlugin::class, SitemapPingPlugin::class],
], $settings);

$server = new SocketHttpServer();
$server->expose('0.0.0.0:1337');
$server->start(new SavePostHandler($loader));
$server->stop();
