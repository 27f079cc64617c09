<?php

use App\Billing\BillingProfileRepository;
use App\MessageHandler\GenerateInvoiceHandler;
use Symfony\Component\DependencyInjection\Container;

return static function (Container $c): void {
    $c->set(BillingProfileRepository::class, fn () => new BillingProfileRepository());
    $c->set(GenerateInvoiceHandler::class, fn (Container $c) => new GenerateInvoiceHandler($c->get(BillingProfileRepository::class)));
};
