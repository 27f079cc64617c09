<?php

// An order API in a worker: each refused order gets a translated message
// whose key is the English sentence with the order id in it. The
// translator keeps every key it has parsed, so each order adds one.

require __DIR__ . '/vendor/illuminate/Translator.php';
require __DIR__ . '/vendor/illuminate/helpers.php';
require __DIR__ . '/app/OrderDesk.php';

use App\OrderDesk;

$desk = new OrderDesk();
$reasons = [
    'the delivery address could not be verified against the postal register; please check the street, the house number and the postcode and place the order again',
    'the card issuer declined the payment; please use another card or pay by bank transfer from the order page within the next seven days',
    'one of the items is out of stock in every warehouse that ships to this country; we will write to you as soon as it can be ordered again',
];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $desk->refuse(sprintf('ORD-%08d', $i), $reasons[$i % 3]);
}
