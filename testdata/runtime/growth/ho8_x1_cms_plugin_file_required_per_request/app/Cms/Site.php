<?php

namespace App\Cms;

final class Site
{
    public function __construct(public readonly string $domain, public readonly string $name, public readonly array $plugins, public readonly array $settings) {}
}
