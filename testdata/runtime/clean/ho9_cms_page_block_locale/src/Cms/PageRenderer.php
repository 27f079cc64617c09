<?php

namespace App\Cms;

final class PageRenderer
{
    public function __construct(private array $blockTypes) {}

    public function render(string $slug): string
    {
        $page = new Page($slug, 'en', $this->blockTypes);
        $page->addBlock('heading', ['text' => ucfirst(str_replace('-', ' ', $slug))]);
        $page->addBlock('text', ['text' => str_repeat("Body copy for {$slug}. ", 16)]);
        return $page->render();
    }
}
