<?php

namespace App\Billing;

enum InvoiceStatus: string
{
    case Paid = 'paid';
    case PartiallyPaid = 'partially_paid';
    case Overpaid = 'overpaid';
}
