<?php
// Listener configuration: plain top-level statements, no declarations, so it can be included again.

use App\Events\ListenerRegistry;

ListenerRegistry::$listeners[] = ['event' => 'invoice.paid', 'handler' => 'App\Listeners\SendReceipt', 'description' => str_repeat('Sends the receipt e-mail. ', 30)]; // leak
ListenerRegistry::$listeners[] = ['event' => 'invoice.paid', 'handler' => 'App\Listeners\UpdateLedger', 'description' => str_repeat('Books the payment. ', 30)]; // leak
