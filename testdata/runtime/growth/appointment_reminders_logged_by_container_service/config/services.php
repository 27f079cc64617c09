<?php

use Clinic\AppointmentController;
use Clinic\Container;
use Clinic\ReminderLog;
use Clinic\ReminderSender;

return [
    ReminderLog::class => static fn (Container $c) => new ReminderLog(),
    ReminderSender::class => static fn (Container $c) => new ReminderSender($c->get(ReminderLog::class)),
    AppointmentController::class => static fn (Container $c) => new AppointmentController($c->get(ReminderSender::class)),
];
