<?php

namespace App\Catalog;

final class AccessibilitySection extends Section
{
    public function label(): string
    {
        return 'Access';
    }

    public function renderBody(): string
    {
        return '<p>' . htmlspecialchars($this->payload['note'] ?? 'Step-free access throughout.') . '</p>';
    }
}
