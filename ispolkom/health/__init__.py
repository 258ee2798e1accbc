"""Service: /health/live/ for the load balancer and /health/ready/ for monitoring."""
