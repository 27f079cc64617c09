<?php

namespace App\Catalog;

final class ArtworkSection extends Section
{
    private int $count;

    public function __construct(Exhibition $exhibition, array $payload)
    {
        parent::__construct($exhibition, $payload);
        $this->count = count($payload['works'] ?? []);
    }

    public function label(): string
    {
        return 'Works';
    }

    public function renderBody(): string
    {
        $items = '';
        foreach ($this->payload['works'] ?? [] as $work) {
            $items .= '<li>' . htmlspecialchars($work) . '</li>';
        }

        return "<ul data-count=\"{$this->count}\">$items</ul>";
    }
}
