<?php

namespace CloudPanel\Provisioning;

/**
 * Progress events are published per VM so the websocket bridge can relay a
 * single VM's progress to the customer's browser.
 */
final class ProvisioningEvents
{
    public const STEP_PREFIX = 'provisioning.step.';

    public static function stepChannel(string $vmUuid): string
    {
        return self::STEP_PREFIX . strtolower($vmUuid);
    }
}
