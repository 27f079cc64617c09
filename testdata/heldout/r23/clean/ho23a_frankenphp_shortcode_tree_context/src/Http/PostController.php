<?php

declare(strict_types=1);

namespace App\Http;

use App\Shortcode\Parser;
use App\Shortcode\Renderer;

final class PostController
{
    public function __construct(
        private readonly Parser $parser,
        private readonly Renderer $renderer,
    ) {
    }

    public function show(int $postId, int $time): string
    {
        $content = $this->loadContent($postId, $time);
        $tree = $this->parser->parse($content);

        return '<main>' . $this->renderer->render($tree) . '</main>';
    }

    private function loadContent(int $postId, int $time): string
    {
        $stamp = date('Y-m-d H:i', $time);

        return <<<HTML
        [gallery ids="{$postId},{$postId}1,{$postId}2" columns="3"][caption id="attachment_{$postId}"]Shot on location, {$stamp}[/caption][caption id="attachment_{$postId}1"]Second frame for post {$postId}[/caption][/gallery]
        Intro paragraph for post {$postId}, updated {$stamp}. Order item {$postId} from https://shop.example.test/p/{$postId}?ref=blog
        HTML;
    }
}
