import * as echarts from 'echarts';

/*
 * <zhiban-echart>: one Apache ECharts instance described by the `option` property.
 *
 * The chart is created when the element enters the document and disposed when it leaves, and the option
 * is applied again on creation, so a re-attached element shows what the server last set. Each option
 * replaces the previous one (notMerge), matching the Java side's "setOption replaces the chart".
 */
class ZhibanEChart extends HTMLElement {
  constructor() {
    super();
    this._option = {};
    this._chart = null;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; position: relative; min-height: 12rem; }
        :host([hidden]) { display: none; }
        .chart { position: absolute; inset: 0; }
      </style>
      <div class="chart"></div>`;
    this._container = root.querySelector('.chart');
  }

  get option() {
    return this._option;
  }

  set option(value) {
    this._option = value && typeof value === 'object' ? value : {};
    this._applyOption();
  }

  connectedCallback() {
    // A value set before this class was defined is an own property hiding the accessor: pass it through.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = this.option;
      delete this.option;
      this.option = value;
    }
    this._chart = echarts.init(this._container);
    this._applyOption();
    this._resizeObserver = new ResizeObserver(() => this._chart?.resize());
    this._resizeObserver.observe(this._container);
  }

  disconnectedCallback() {
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
    this._chart?.dispose();
    this._chart = null;
  }

  _applyOption() {
    if (this._chart) {
      this._chart.setOption(this._option, { notMerge: true });
    }
  }
}

if (!customElements.get('zhiban-echart')) {
  customElements.define('zhiban-echart', ZhibanEChart);
}
