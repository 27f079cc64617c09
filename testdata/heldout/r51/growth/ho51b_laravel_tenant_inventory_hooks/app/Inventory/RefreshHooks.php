<?php
namespace App\Inventory;

/**
 * The warehouse webhook ("stock changed for tenant X") re-runs the most
 * recent sync of that tenant; jobs register how to do that here.
 */
final class RefreshHooks
{
    /** @var array<int, \Closure(): void> */
    private array $hooks = [];

    /** @param array<int, \Closure(): void> $hooks tenant id => hook */
    public function register(array $hooks): void
    {
        $this->hooks = array_merge($this->hooks, $hooks); // leak
    }

    public function run(int $tenantId): bool
    {
        if (!isset($this->hooks[$tenantId])) {
            return false;
        }
        ($this->hooks[$tenantId])();
        return true;
    }
}
