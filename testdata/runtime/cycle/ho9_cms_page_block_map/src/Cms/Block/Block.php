<?php

namespace App\Cms\Block;

use App\Cms\Page;

abstract class Block
{
    public function __construct(
        protected Page $page, // leak
        protected array $data,
    ) {}

    abstract public function render(): string;
}

final class HeadingBlock extends Block
{
    public function render(): string
    {
        return '<h2 lang="' . $this->page->locale . '">' . $this->data['text'] . '</h2>';
    }
}

final class TextBlock extends Block
{
    public function render(): string
    {
        return '<p>' . $this->data['text'] . '</p>';
    }
}
