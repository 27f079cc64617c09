<?php

namespace App\Cms\Block;

use App\Cms\Page;

abstract class Block
{
    protected string $locale;

    public function __construct(Page $page, protected array $data)
    {
        $this->locale = $page->locale;
    }

    abstract public function render(): string;
}

final class HeadingBlock extends Block
{
    public function render(): string
    {
        return '<h2 lang="' . $this->locale . '">' . $this->data['text'] . '</h2>';
    }
}

final class TextBlock extends Block
{
    public function render(): string
    {
        return '<p>' . $this->data['text'] . '</p>';
    }
}
