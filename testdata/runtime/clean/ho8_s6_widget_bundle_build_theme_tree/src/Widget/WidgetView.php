<?php
namespace App\Widget;

final class WidgetView
{
    private ?\Closure $postRender = null;

    public function __construct(public readonly string $widget, public readonly string $theme, public readonly array $data) {}

    public function onPostRender(\Closure $callback): void
    {
        $this->postRender = $callback;
    }

    public function render(): string
    {
        $html = sprintf('<section class="widget theme-%s" data-series="%s"><h2>%s</h2></section>', $this->theme, implode(',', $this->data['series']), htmlspecialchars($this->data['title']));
        return $this->postRender ? ($this->postRender)($html) : $html;
    }
}
