<?php

namespace App\Catalog;

final class AudioGuideSection extends Section
{
    public function __construct(Exhibition $exhibition, array $payload)
    {
        parent::__construct($exhibition, $payload + ['languages' => ['en']]);
    }

    public function label(): string
    {
        return 'Audio guide';
    }

    public function renderBody(): string
    {
        return '<p>Stops: ' . (int) ($this->payload['stops'] ?? 0)
            . ' · Languages: ' . implode(', ', $this->payload['languages']) . '</p>';
    }
}
