<?php

// Helpers kept from the pre-RoadRunner code base (index.php era). They were
// written for one request per process and talk to each other through globals.

declare(strict_types=1);

const LEGACY_I18N_MESSAGES = [
    'greeting' => 'Hello %s, welcome back to your account overview',
    'orders.empty' => 'You have no open orders in this billing period',
    'orders.count' => 'You have %d open orders awaiting shipment',
    'invoice.due' => 'Invoice %s is due on %s, please settle it in time',
    'invoice.paid' => 'Invoice %s was paid in full, thank you',
    'footer.support' => 'Questions? Our support team answers within one day',
    'footer.legal' => 'Prices include VAT where applicable, terms apply',
    'nav.logout' => 'Sign out of all devices',
];

function legacy_load_catalog(string $locale): array
{
    $catalog = [];
    foreach (LEGACY_I18N_MESSAGES as $id => $message) {
        $catalog[$id] = '[' . $locale . '] ' . $message;
    }
    $catalog['_meta'] = ['locale' => $locale, 'loaded_at' => microtime(true)];

    return $catalog;
}

function legacy_catalog(string $locale): array
{
    if (!isset($GLOBALS['__legacy_i18n_catalogs'][$locale])) {
        $GLOBALS['__legacy_i18n_catalogs'][$locale] = legacy_load_catalog($locale); // leak
    }

    return $GLOBALS['__legacy_i18n_catalogs'][$locale];
}

function __t(string $id, string $locale, mixed ...$args): string
{
    $catalog = legacy_catalog($locale);

    return vsprintf($catalog[$id] ?? $id, $args);
}
