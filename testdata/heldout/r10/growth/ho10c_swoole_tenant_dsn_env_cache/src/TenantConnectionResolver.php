<?php

declare(strict_types=1);

namespace Storefront\Tenancy;

/**
 * Resolves the database DSN for the tenant behind a storefront host name.
 * Secrets come from the vault sidecar; resolved DSNs are kept in $_ENV so the
 * legacy reporting code (which reads getenv-style variables) can see them too.
 */
final class TenantConnectionResolver
{
    public function __construct(private array $vaultDefaults)
    {
    }

    public function dsnForHost(string $host): string
    {
        $slug = strtolower(strstr($host, '.', true) ?: $host);
        $prefix = 'TENANT_' . strtoupper($slug);

        if (!isset($_ENV[$prefix . '_DATABASE_URL'])) {
            $_ENV[$prefix . '_DATABASE_URL'] = $this->fetchFromVault($slug, $this->vaultDefaults['primary']); // leak
            $_ENV[$prefix . '_DATABASE_REPLICA_URL'] = $this->fetchFromVault($slug, $this->vaultDefaults['replica']); // leak
        }

        return $_ENV[$prefix . '_DATABASE_URL'];
    }

    private function fetchFromVault(string $slug, string $host): string
    {
        return sprintf(
            'pgsql://%s_app:%s@%s:5432/%s?sslmode=verify-full&application_name=storefront-%s&connect_timeout=5&options=--search_path%%3D%s,public',
            $slug,
            hash('sha256', $this->vaultDefaults['seed'] . $slug),
            $host,
            $slug,
            $slug,
            $slug,
        );
    }
}
