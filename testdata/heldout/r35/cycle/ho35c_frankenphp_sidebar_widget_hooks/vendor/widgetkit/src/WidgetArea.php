<?php

declare(strict_types=1);

namespace WidgetKit;

final class WidgetArea
{
    private HookBag $hooks;

    /** @var list<Widget> */
    private array $widgets = [];

    public function __construct(private string $id)
    {
        $this->hooks = new HookBag();
    }

    public function add(Widget $widget): void
    {
        $this->widgets[] = $widget;
        $widget->mount($this->hooks); // leak
    }

    public function render(array $context): string
    {
        $this->hooks->fire('area.before_render', [$context]);
        $html = '';
        foreach ($this->widgets as $i => $widget) {
            $html .= sprintf('<section id="%s-%d" class="widget">%s</section>', $this->id, $i, $widget->render($context));
        }
        $this->hooks->fire('area.after_render', [$context]);

        return $html;
    }

    /** Drops the area's hooks, e.g. between two renders of a customizer preview. */
    public function flushHooks(): void
    {
        $this->hooks->reset();
    }
}
