<?php
// Stand-in for Composer's autoloader (spiral/roadrunner-jobs subset).
require __DIR__ . '/spiral/roadrunner-jobs/src/Task/ReceivedTaskInterface.php';
require __DIR__ . '/spiral/roadrunner-jobs/src/Task/ReceivedTask.php';
require __DIR__ . '/spiral/roadrunner-jobs/src/TaskSourceInterface.php';
require __DIR__ . '/spiral/roadrunner-jobs/src/Consumer.php';
