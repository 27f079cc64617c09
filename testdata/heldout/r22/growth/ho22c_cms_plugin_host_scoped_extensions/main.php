<?php

declare(strict_types=1);

namespace Cms;

require __DIR__ . '/src/Extensions.php';
require __DIR__ . '/src/PluginHost.php';

use Cms\Plugin\PluginHost;
use Cms\Plugin\ReadingTimeExtension;
use Cms\Plugin\RenderContext;
use Cms\Plugin\SeoExtension;

final class ArticleController
{
    public function show(string $path, string $locale): string
    {
        $context = new RenderContext($path, $locale, [
            'title' => 'Article ' . basename($path),
            'body' => str_repeat('Lorem ipsum dolor sit amet ', 20) . $path,
        ]);
        $html = '<article>' . $context->page['body'] . '</article>';
        foreach (PluginHost::instance()->activate($context) as $extension) {
            $html = $extension->decorate($html);
        }
        if (PluginHost::instance()->active(SeoExtension::class, $context) === null) {
            throw new \RuntimeException('SEO extension missing');
        }

        return $html;
    }
}

PluginHost::boot(
    [SeoExtension::class, ReadingTimeExtension::class],
    ['base_url' => 'https://blog.example.com'],
);
$controller = new ArticleController();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $response = $controller->show('/articles/' . (1000 + $i) . '-worker-memory', $i % 3 ? 'en' : 'de');
}
