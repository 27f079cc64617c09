<?php

declare(strict_types=1);

namespace WidgetKit;

abstract class Widget
{
    protected ?HookBag $hooks = null;

    public function __construct(protected array $settings)
    {
    }

    /** Called by the area the widget is placed in. */
    public function mount(HookBag $hooks): void
    {
        $this->hooks = $hooks; // leak
        $this->boot();
    }

    protected function boot(): void
    {
    }

    abstract public function render(array $context): string;

    protected function title(): string
    {
        return '<h3 class="widget-title">' . htmlspecialchars($this->settings['title'] ?? '') . '</h3>';
    }
}
