<?php

declare(strict_types=1);

namespace Saas\Tenancy;

final class Tenant
{
    public function __construct(
        public readonly string $id,
        public readonly string $domain,
        public readonly string $plan,
    ) {
    }
}

final class TenantSettings
{
    /** @param array<string, string> $mail */
    public function __construct(
        public readonly string $tenantId,
        public readonly string $brandName,
        public readonly string $primaryColor,
        public readonly string $logoUrl,
        public readonly array $mail,
        public readonly string $footer,
    ) {
    }
}

interface SettingsStore
{
    /** @return array<string, string> */
    public function rowFor(string $tenantId): array;
}

final class DatabaseSettingsStore implements SettingsStore
{
    public function rowFor(string $tenantId): array
    {
        $hue = crc32($tenantId) % 360;

        return [
            'brand_name' => ucfirst(strtok($tenantId, '-')) . ' Workspace',
            'primary_color' => sprintf('hsl(%d, 65%%, 45%%)', $hue),
            'logo_path' => "tenants/{$tenantId}/logo.svg",
            'mail_from' => "no-reply@{$tenantId}.app.example",
            'mail_reply_to' => "support@{$tenantId}.app.example",
        ];
    }
}

trait ResolvesTenantSettings
{
    /** @var array<string, TenantSettings> */
    private static array $settingsByTenant = [];

    abstract protected function settingsStore(): SettingsStore;

    protected function settingsFor(Tenant $tenant): TenantSettings
    {
        return self::$settingsByTenant[$tenant->id] ??= $this->hydrate($tenant); // leak
    }

    private function hydrate(Tenant $tenant): TenantSettings
    {
        $row = $this->settingsStore()->rowFor($tenant->id);

        return new TenantSettings(
            $tenant->id,
            $row['brand_name'],
            $row['primary_color'],
            "https://cdn.app.example/{$row['logo_path']}",
            ['from' => $row['mail_from'], 'reply_to' => $row['mail_reply_to']],
            sprintf('%s · powered by App (%s plan) · %s', $row['brand_name'], $tenant->plan, $tenant->domain),
        );
    }
}

final class BrandingService
{
    use ResolvesTenantSettings;

    public function __construct(private readonly SettingsStore $store)
    {
    }

    protected function settingsStore(): SettingsStore
    {
        return $this->store;
    }

    public function cssVariables(Tenant $tenant): string
    {
        $settings = $this->settingsFor($tenant);

        return ":root{--brand:{$settings->primaryColor};--logo:url('{$settings->logoUrl}')}";
    }

    public function footer(Tenant $tenant): string
    {
        return $this->settingsFor($tenant)->footer;
    }
}

final class TenantResolver
{
    public function fromHost(string $host): Tenant
    {
        $subdomain = explode('.', $host)[0];

        return new Tenant($subdomain, $host, str_ends_with($subdomain, '-co') ? 'business' : 'team');
    }
}

final class DashboardController
{
    public function __construct(private readonly TenantResolver $tenants, private readonly BrandingService $branding)
    {
    }

    /** @param array{host: string, path: string} $request */
    public function __invoke(array $request): string
    {
        $tenant = $this->tenants->fromHost($request['host']);

        return sprintf(
            '<html><style>%s</style><body><h1>Dashboard</h1><footer>%s</footer></body></html>',
            $this->branding->cssVariables($tenant),
            htmlspecialchars($this->branding->footer($tenant)),
        );
    }
}

// Octane: the application (and its singletons) is booted once per worker.
$controller = new DashboardController(new TenantResolver(), new BrandingService(new DatabaseSettingsStore()));
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $controller(['host' => sprintf('acme%d-%s.app.example', $i, $i % 2 ? 'co' : 'team'), 'path' => '/dashboard']);
}
