<?php
namespace App\Enums;

enum OrderStatus: string
{
    case Paid = 'paid';
    case Refunded = 'refunded';
    case Chargeback = 'chargeback';
}
