<?php

namespace App;

use App\Http\PreviewHandler;
use App\Preview\PreviewRenderer;
use App\Preview\RecentRenders;

/** Builds the process-wide services once, from config. */
final class Container
{
    private array $services = [];

    public function __construct(private array $config)
    {
    }

    public function previewHandler(): PreviewHandler
    {
        return $this->services[PreviewHandler::class] ??= new PreviewHandler(
            new PreviewRenderer(
                $this->config['preview']['placeholders'],
                new RecentRenders((int) $this->config['preview']['recent_renders']),
            ),
        );
    }
}
