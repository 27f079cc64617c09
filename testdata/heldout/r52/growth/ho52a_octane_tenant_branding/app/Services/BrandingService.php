<?php

namespace App\Services;

/**
 * Resolves the storefront branding for the host a request came in on.
 * Lookups are memoized so that the layout, the mailer preview and the
 * controller share one profile while rendering a page.
 */
final class BrandingService
{
    /** @var array<string, BrandingProfile> */
    private array $profiles = [];

    public function __construct(private ThemeCompiler $compiler)
    {
    }

    public function forHost(string $host): BrandingProfile
    {
        return $this->profiles[$host] ??= $this->resolve($host); // leak
    }

    private function resolve(string $host): BrandingProfile
    {
        $tenant = strtolower(strtok($host, '.'));
        $palette = [
            'primary' => '#' . substr(md5($tenant), 0, 6),
            'accent' => '#' . substr(md5($tenant . 'a'), 0, 6),
            'surface' => '#' . substr(sha1($tenant), 0, 6),
            'muted' => '#' . substr(sha1($tenant . 'm'), 0, 6),
        ];

        return new BrandingProfile(
            $tenant,
            "https://cdn.shop.test/tenants/{$tenant}/logo.svg",
            $this->compiler->compile($palette, 'Inter, system-ui, sans-serif') . str_repeat(' ', 256),
            ['title' => ucfirst($tenant) . ' Store', 'description' => "Everything {$tenant} sells, delivered.", 'host' => $host],
        );
    }
}
