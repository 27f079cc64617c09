<?php

require_once __DIR__ . '/revolt/EventLoop.php';
