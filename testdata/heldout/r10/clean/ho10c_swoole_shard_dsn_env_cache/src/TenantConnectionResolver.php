<?php

declare(strict_types=1);

namespace Storefront\Tenancy;

/**
 * Resolves the database DSN for the shard a storefront lives on.
 * Secrets come from the vault sidecar; resolved DSNs are kept in $_ENV so the
 * legacy reporting code (which reads getenv-style variables) can see them too.
 */
final class TenantConnectionResolver
{
    private const SHARDS = ['eu-west', 'us-east', 'ap-south'];

    public function __construct(private array $vaultDefaults)
    {
    }

    public function dsnForShard(string $shard): string
    {
        if (!in_array($shard, self::SHARDS, true)) {
            $shard = 'eu-west';
        }
        $prefix = 'SHARD_' . strtoupper(str_replace('-', '_', $shard));

        if (!isset($_ENV[$prefix . '_DATABASE_URL'])) {
            $_ENV[$prefix . '_DATABASE_URL'] = $this->fetchFromVault($shard, $this->vaultDefaults['primary']);
            $_ENV[$prefix . '_DATABASE_REPLICA_URL'] = $this->fetchFromVault($shard, $this->vaultDefaults['replica']);
        }

        return $_ENV[$prefix . '_DATABASE_URL'];
    }

    private function fetchFromVault(string $shard, string $host): string
    {
        return sprintf(
            'pgsql://storefront_app:%s@%s.%s:5432/storefront?sslmode=verify-full&application_name=storefront-%s&connect_timeout=5',
            hash('sha256', $this->vaultDefaults['seed'] . $shard),
            $shard,
            $host,
            $shard,
        );
    }
}
