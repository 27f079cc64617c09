<?php

namespace App\Catalog;

abstract class Section
{
    public function __construct(
        protected Exhibition $exhibition, // leak
        protected array $payload,
    ) {
    }

    abstract public function label(): string;

    abstract public function renderBody(): string;

    public function render(): string
    {
        return sprintf(
            "<section id=\"%s-%s\"><h2>%s — %s</h2>%s</section>\n",
            $this->exhibition->slug,
            strtolower($this->label()),
            htmlspecialchars($this->exhibition->title),
            $this->label(),
            $this->renderBody(),
        );
    }
}
