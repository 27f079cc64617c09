<?php

namespace App\View;

final class ViewFactory
{
    /** @param array<string, \Closure> $helpers */
    public function __construct(private array $helpers, private string $assetBase) {}

    public function make(string $template, array $data): View
    {
        $view = new View($template, $data, $this->assetBase);
        foreach ($this->helpers as $name => $helper) {
            $view->addHelper($name, $helper);
        }
        return $view;
    }
}
